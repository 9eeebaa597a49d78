enum Code: Error, Equatable { case a, b(Int) }
func f(_ n: Int) throws { if n > 0 { throw Code.b(n) } }
do { try f(3) } catch let e as Code {
    print(e == .b(3), e == .a)
} catch {
    print("other")
}
