"""Services: the use cases (lodge, assess, record an inspection, edit a profile ...), each once.

Layer: services. Imports the core (`kordon.intake`, `kordon.risk`, `kordon.osint`,
`kordon.analytics`, `kordon.scenario`) and the domain; reaches the database only through the
ports in `kordon.services.ports`, never `kordon.storage`. The API, the pages and the command
line all call these functions.
"""
