"""API routers, one module per resource; each calls a use case of `kordon.services`."""
