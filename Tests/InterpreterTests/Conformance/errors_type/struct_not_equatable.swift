struct P { var x: Int }
print(P(x: 1) == P(x: 1))
// expect error: 2:15 binary operator '==' cannot be applied to two 'P' operands
