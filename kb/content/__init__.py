"""What the Markdown pages under docs/ contain: sections, their ids and their citations."""
