import Foundation
enum SolveError: Error { case singular(pivot: Int), other }
struct Plain: Error { var code = 3 }
enum Nice: LocalizedError { case bad
  var errorDescription: String? { "nice bad" } }
struct NoDesc: LocalizedError {}
do { throw SolveError.other } catch { print(error.localizedDescription) }
do { throw SolveError.singular(pivot: 2) } catch { print(error.localizedDescription) }
do { throw Plain() } catch { print(error.localizedDescription) }
do { throw Nice.bad } catch { print(error.localizedDescription, error) }
do { throw NoDesc() } catch { print(error.localizedDescription) }
print(Nice.bad.localizedDescription, Nice.bad.errorDescription ?? "-")
enum E2: Error { case a, b(Int), c, d(String) }
for e in [E2.a, .b(1), .c, .d("x")] { print((e as Error).localizedDescription) }
enum R: Int, Error { case x = 5, y = 7 }
print((R.y as Error).localizedDescription)
class K: Error {}
print((K() as Error).localizedDescription)
// expect: The operation could not be completed. (main.SolveError error 1.)
// expect: The operation could not be completed. (main.SolveError error 0.)
// expect: The operation could not be completed. (main.Plain error 1.)
// expect: nice bad bad
// expect: The operation could not be completed. (main.NoDesc error 1.)
// expect: nice bad nice bad
// expect: The operation could not be completed. (main.E2 error 2.)
// expect: The operation could not be completed. (main.E2 error 0.)
// expect: The operation could not be completed. (main.E2 error 3.)
// expect: The operation could not be completed. (main.E2 error 1.)
// expect: The operation could not be completed. (main.R error 7.)
// expect: The operation could not be completed. (main.K error 1.)
