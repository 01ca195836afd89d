"""Intake: reading and checking declaration files and payloads, with errors naming where and why.

Layer: core. Imports only `kordon.domain`; the services store what it reads.
"""
