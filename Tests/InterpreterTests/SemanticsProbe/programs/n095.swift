struct Lazy { lazy var big: [Int] = { print("computing"); return Array(1...3) }(); var k = 0 }
var l = Lazy()
print("made")
print(l.big)
var l2 = l
l2.big.append(4)
print(l.big, l2.big)
