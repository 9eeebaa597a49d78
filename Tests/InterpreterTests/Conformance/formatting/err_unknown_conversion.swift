print(String(format: "%k", 1))
// expect error: 1:7 unknown conversion '%k'
