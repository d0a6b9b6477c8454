"""The knowledge base's own code: content indexing and the quiz engine, free of MkDocs."""
