enum MyErr: Error, CustomStringConvertible { case e1; var description: String { "my e1" } }
func thrower() throws { throw MyErr.e1 }
do { try thrower() } catch { print(error, "\(error)", error is MyErr) }
func wrapper() throws -> String { defer { print("cleanup") }; try thrower(); return "never" }
do { print(try wrapper()) } catch let e as MyErr { print("typed", e) } catch { print("generic") }
