class A {}
struct S: A {}
// expect error: 2:8 inheritance from non-protocol type 'A'
