print(String(format: "%d", true))
// expect error: 1:28 argument type 'Bool' does not conform to expected type 'CVarArg'
