print(String(format: "%d and %d", 1))
// expect error: 1:7 '%d' has no argument
