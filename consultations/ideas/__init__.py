"""Citizens' ideas: the submission form, photo handling and the lifecycle of an idea."""
