protocol P {}
struct One: P {}
struct Box<B: P> { let base: B }
func wrap<T: P>(_ x: T) -> Box<T> { Box(base: x) }
let e: any P = One()
print(wrap(e))
// expect error: 6:7 type 'any P' cannot conform to 'P'
