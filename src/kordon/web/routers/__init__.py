"""Page routers, one module per group of pages; each calls a use case of `kordon.services`."""
