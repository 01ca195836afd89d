"""What the API and the pages share over HTTP: request dependencies and error statuses.

Layer: edge support. May import the settings, the services (their ports) and the domain; never
`kordon.api`, `kordon.web` or `kordon.cli`, so that both HTTP edges can use it without knowing
each other.
"""
