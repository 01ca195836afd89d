// The network graph page: draws a seizure's or an entity's network with cytoscape, shows each link's reason
// on hover, and filters links by kind and date. Served from here, like every script (no CDN).
(function () {
  "use strict";
  const box = document.getElementById("network-graph");
  if (!box || typeof cytoscape !== "function") { return; }
  const hover = document.getElementById("graph-hover");
  const form = document.getElementById("graph-filters");
  const colours = {
    seizure: "#b3261e", declaration: "#1f5fa8", watchlist: "#7a4a00",
    person: "#2e7d4f", company: "#6a4c93", vehicle: "#444"
  };

  function draw(data) {
    const cy = cytoscape({
      container: box,
      elements: data.elements,
      style: [
        { selector: "node", style: {
          "label": "data(label)", "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 120,
          "background-color": function (n) { return colours[n.data("type")] || "#888"; },
          "width": 18, "height": 18 } },
        { selector: "node[type = 'seizure']", style: { "shape": "star", "width": 30, "height": 30 } },
        { selector: "node[type = 'declaration']", style: { "shape": "round-rectangle" } },
        { selector: "node[?shared]", style: { "border-width": 3, "border-color": "#e0a800" } },
        { selector: "edge", style: { "width": 1.5, "line-color": "#9aa5b1", "curve-style": "bezier" } },
        { selector: "edge[link = 'passport'], edge[link = 'tax_id'], edge[link = 'plate'], edge[link = 'national_id']",
          style: { "width": 3, "line-color": "#c0392b" } },
        { selector: "edge[link = 'name']", style: { "line-style": "dashed", "line-color": "#d35400" } },
        { selector: ".hidden", style: { "display": "none" } }
      ],
      layout: { name: "preset" }
    });
    // The same network is drawn the same way on every visit: rings of hops around the start first,
    // then the force layout from there (from one point it would break ties at random).
    const hops = {};
    cy.elements().bfs({ roots: cy.getElementById(data.start), directed: false,
      visit: function (node, edge, previous, index, depth) { hops[node.id()] = depth; } });
    const deepest = Math.max(0, ...Object.values(hops)) + 1;
    cy.layout({ name: "concentric", animate: false, levelWidth: function () { return 1; },
      concentric: function (node) { return deepest - (node.id() in hops ? hops[node.id()] : deepest); }
    }).run();
    cy.layout({ name: "cose", animate: false, randomize: false }).run();
    cy.on("mouseover", "edge", function (event) {
      const e = event.target.data();
      const words = e.words || (e.role + ": " + (e.reason || "first seen here"));
      hover.textContent = words + (e.date ? " (" + e.date + ")" : "");
    });
    cy.on("mouseover", "node", function (event) {
      hover.textContent = event.target.data("label");
    });
    function filter() {
      const kinds = new Set(Array.from(form.querySelectorAll("input[name=kind]:checked")).map(function (i) { return i.value; }));
      const from = form.elements.from.value;
      const to = form.elements.to.value;
      cy.batch(function () {
        cy.edges().forEach(function (edge) {
          const date = edge.data("date");
          const inRange = !date || ((!from || date >= from) && (!to || date <= to));
          edge.toggleClass("hidden", !(kinds.has(edge.data("link")) && inRange));
        });
        cy.nodes().forEach(function (node) {
          const shown = node.id() === data.start || node.connectedEdges(":visible").length > 0;
          node.toggleClass("hidden", !shown);
        });
      });
    }
    form.addEventListener("change", filter);
    // Ready once the drawing is on the canvas: cytoscape paints on the next animation frames.
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { box.dataset.ready = String(cy.nodes().length); });
    });
  }

  fetch(box.dataset.elements, { credentials: "same-origin" })
    .then(function (response) { return response.json(); })
    .then(draw)
    .catch(function (error) { hover.textContent = "The network could not be loaded."; console.log(String(error)); });
})();
