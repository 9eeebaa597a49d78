let words = "a b".split(separator: " ").map(String.init)
let counts = [1, 2].map(String.init)
print(words, counts)
let rates = [0.5, 0.25].map(String.init)
// expect error: 4:36 ambiguous use of 'init'
