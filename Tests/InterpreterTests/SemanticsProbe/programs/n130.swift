struct Counter { var n = 0; mutating func bump() -> Int { n += 1; return n } }
var c = Counter()
let arr = [c.bump(), c.bump(), c.bump()]
print(arr, c.n)
var i = 0
func next() -> Int { i += 1; return i }
print(next() * 10 + next(), [next(), next()], (next(), next()))
