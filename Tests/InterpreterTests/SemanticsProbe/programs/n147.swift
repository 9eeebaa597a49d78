class Plain { var x = 1 }
class Desc: Plain, CustomStringConvertible { var description: String { "Desc \(x)" } }
let p: Plain = Desc()
print(p, [p], Plain())
