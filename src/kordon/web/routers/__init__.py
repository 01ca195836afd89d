"""Page routers."""
