let lr = -0.1
precondition(lr > 0, "learning rate must be positive")
// expect error: 2:1 precondition failed: learning rate must be positive
