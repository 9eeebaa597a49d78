let now = Date()
// expect error: 1:11 cannot find 'Date' in scope
