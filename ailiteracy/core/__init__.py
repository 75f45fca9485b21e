"""Qt-free core: content, quizzes, progress, import and export, policy."""
