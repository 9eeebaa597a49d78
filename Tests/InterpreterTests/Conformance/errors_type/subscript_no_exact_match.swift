struct G {
    subscript(i: Int) -> Int { i }
    subscript(s: String) -> Int { 0 }
}
let g = G()
print(g[1.5])
// expect error: 6:8 no exact matches in call to subscript
