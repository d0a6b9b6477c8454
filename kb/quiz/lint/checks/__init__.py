"""The lint's checks, a few related ones per module; ``kb.quiz.lint.registry`` lists them all."""
