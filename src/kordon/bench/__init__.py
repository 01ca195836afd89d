"""Benchmarks: each prints its figures beside a baseline measured in the same run.

Layer: tools, beside the edges. Each module measures one thing (intake, assessment, serving,
screening, entity resolution, targeting, the scenario generator) and may import any layer
below the edges, and the composition root (`kordon.app`) to serve the app it times;
`kordon.cli.benchmarks` holds the commands that run them.
"""
