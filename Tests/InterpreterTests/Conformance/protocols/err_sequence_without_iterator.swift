struct Broken: Sequence {
    var n = 0
}
print(Broken().n)
// expect error: 1:8 type 'Broken' does not conform to protocol 'Sequence'
