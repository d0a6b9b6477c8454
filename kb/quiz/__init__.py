"""Quiz banks: model, loading, validation and rendering (plain functions, no MkDocs)."""
