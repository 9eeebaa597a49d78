struct Score: Comparable {
    var points: Int
}
// expect error: 1:8 type 'Score' does not conform to protocol 'Comparable'
