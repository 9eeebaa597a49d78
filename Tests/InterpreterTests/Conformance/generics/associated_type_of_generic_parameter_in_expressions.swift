// An associated type of a generic parameter names its type in expressions too: `C.Element(n)`, `S.Element.zero`.
func mean<C: Collection>(_ xs: C) -> C.Element where C.Element: FloatingPoint {
    xs.reduce(0, +) / C.Element(xs.count)
}
print(mean([0.5, 0.25]))
func total<S: Sequence>(_ xs: S) -> S.Element where S.Element == Double {
    var s = S.Element.zero
    for x in xs { s += x }
    return s
}
print(total([1.5, 2]), total(Set([1.0])))
// expect: 0.375
// expect: 3.5 1.0
