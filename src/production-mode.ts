/**
 * Runs the libraries in production mode unless the environment says otherwise: when NODE_ENV is
 * not `production`, graphql-js checks values it does not recognise for copies of its classes from
 * another module, which took 7 % of an execution here. main.ts imports this first, before any
 * module that loads graphql-js.
 */
process.env.NODE_ENV ??= 'production';
