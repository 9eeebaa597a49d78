struct V {
    var x = 0.0
    func + (a: V, b: V) -> V { V(x: a.x + b.x) }
}
// expect error: 3:10 operator '+' declared in type 'V' must be 'static'
