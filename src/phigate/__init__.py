"""phigate: keeps protected health information under HIPAA control for AI agents.

The shared core (API models, masking engine, enforcement config, audit emitter) lives here so the
operator and the sidecar images import one copy.
"""

__version__ = "0.1.0"
GROUP = "phigate.io"
VERSION = "v1alpha1"
