enum Failure: Error { case bad }
do { throw Failure.bad } catch let n as NSError { print(n.domain) }
// expect error: 2:41 casts of 'any Error' to 'NSError'
