struct P { var x: Int }
extension P {
    var y: Int = 0
}
// expect error: 3:5 extensions must not contain stored properties
