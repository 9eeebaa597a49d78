let a = 1
let b = 2.5
let mixed = [a, b]
print(mixed)
// expect error: 3:13 heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional
