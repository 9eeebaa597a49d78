class A: A {}
// expect error: 1:7 'A' inherits from itself
