extension Double {
    var cache: Double = 0
}
// expect error: 2:9 extensions must not contain stored properties
