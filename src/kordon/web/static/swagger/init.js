// Starts Swagger UI on Kordon's own OpenAPI document (kept out of the page: the CSP allows no inline script).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
