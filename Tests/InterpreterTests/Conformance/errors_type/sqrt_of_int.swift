let n = 16
let r = sqrt(n)
print(r)
// expect error: 2:9 no exact matches in call to global function 'sqrt'
