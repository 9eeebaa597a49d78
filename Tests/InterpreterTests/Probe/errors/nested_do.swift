enum Inner: Error { case x }
enum Outer: Error { case y }
func g() throws { throw Inner.x }
do {
    do {
        try g()
    } catch Inner.x {
        print("inner caught, rethrowing outer")
        throw Outer.y
    }
} catch {
    print("outer caught:", error)
}
