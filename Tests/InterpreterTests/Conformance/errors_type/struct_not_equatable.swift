struct P { var x: Int }
print(P(x: 1) == P(x: 1))
// expect error: 2:15 binary operator '==' cannot be applied to operands of type 'P' and 'P'
