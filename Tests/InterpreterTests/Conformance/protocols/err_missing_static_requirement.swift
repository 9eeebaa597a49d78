protocol Zero {
    static var zero: Self { get }
}
struct Point: Zero {
    var x = 0.0
}
print(Point().x)
// expect error: 4:8 type 'Point' does not conform to protocol 'Zero'
