"""The pipeline's stages, one module each. See `veilleur.registrations` for their order."""
