"""情景演练: branching customer conversations, from YAML in scenarios/ to a page a new hire plays."""
