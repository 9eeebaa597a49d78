enum NetError: Error { case status(Int) }
func fetch(_ code: Int) throws { throw NetError.status(code) }
for code in [404, 500] {
    do {
        try fetch(code)
    } catch NetError.status(let c) where c >= 500 {
        print("server", c)
    } catch {
        print("client", error)
    }
}
// expect: client status(404)
// expect: server 500
