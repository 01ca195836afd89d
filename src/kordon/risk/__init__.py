"""Risk: profiles (rules), screening (watchlists), the learned model, selection and the engine.

Layer: core. Imports only `kordon.domain`; the services feed it stored rules and store what
it decides.
"""
