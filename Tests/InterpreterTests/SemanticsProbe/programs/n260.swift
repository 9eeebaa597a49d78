let value = 15
switch value {
case ..<0: print("neg")
case 0..<10: print("small")
case 10...: print("large")
default: print("?")
}
let c: Character = "k"
switch c { case "a"..."j": print("a-j"); case "k"..."z": print("k-z"); default: print("other") }
let f = 2.5
switch f { case 0..<1: print("<1"); case 1.0...2.5: print("1-2.5"); default: print(">2.5") }
