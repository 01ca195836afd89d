"""Storage: the one place SQLAlchemy is imported; tables, migrations and the SQL repositories.

Layer: adapters. Implements the ports of `kordon.services.ports`; may import the services'
ports, the core and the domain, and is imported only by the composition root.
"""
