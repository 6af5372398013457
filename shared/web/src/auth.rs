//! Bearer-token authentication and role checks.
//!
//! Every `/api` handler takes a [`Caller`]; extracting one checks the token, so a handler that
//! forgets authentication does not compile into a route that works without it. The caller's
//! [`Scope`] is then passed to every query: there is no other way for a handler to get one.

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use closeout_model::Scope;
use closeout_model::history::Actor;
use closeout_model::token::{self, Principal};
use closeout_model::user::Role;
use closeout_model::visibility::Visibility;

use crate::problem::ApiError;
use crate::state::AppState;

/// The authenticated caller of a request, and the [`Scope`] every query it makes runs in.
#[derive(Debug, Clone)]
pub struct Caller {
    principal: Principal,
    scope: Scope,
}

impl Caller {
    /// Only authentication (a bearer token here, a session cookie in `ui::viewer`) makes one.
    pub(crate) fn new(principal: Principal) -> Caller {
        let scope = Scope::of(&principal);
        Caller { principal, scope }
    }

    /// What the request may read and change, and who it acts as: the first argument of every
    /// model function it calls.
    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    /// Who the caller is.
    pub fn principal(&self) -> &Principal {
        &self.principal
    }

    /// The caller's user id.
    pub fn user_id(&self) -> &closeout_model::id::UserId {
        &self.principal.user_id
    }

    /// The caller's role.
    pub fn role(&self) -> Role {
        self.principal.role
    }

    /// The caller as the author of changes in the history.
    pub fn actor(&self) -> Actor {
        self.scope.actor().clone()
    }

    /// The token the request carried, if a stored one.
    pub fn token_id(&self) -> Option<&closeout_model::id::TokenId> {
        self.principal.token_id.as_ref()
    }

    /// Which findings the caller may see: every list, count and summary applies this one rule.
    pub fn visibility(&self) -> Visibility {
        self.scope.visibility().clone()
    }

    /// Refuses the request unless the caller has one of `roles`.
    pub fn require(&self, roles: &[Role], action: &str) -> Result<(), ApiError> {
        if roles.contains(&self.principal.role) {
            return Ok(());
        }
        let allowed: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
        Err(ApiError::Forbidden(format!(
            "{action} needs the {} role; you are {}",
            allowed.join(" or "),
            self.principal.role
        )))
    }
}

fn bearer(request: &HttpRequest) -> Result<String, ApiError> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)
        .ok_or_else(|| ApiError::Unauthorized("send `Authorization: Bearer <token>`".into()))?;
    let value = value
        .to_str()
        .map_err(|_| ApiError::Unauthorized("the Authorization header is not text".into()))?;
    let (scheme, token) = value
        .split_once(' ')
        .ok_or_else(|| ApiError::Unauthorized("expected `Authorization: Bearer <token>`".into()))?;
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(ApiError::Unauthorized(
            "expected `Authorization: Bearer <token>`".into(),
        ));
    }
    Ok(token.trim().to_owned())
}

/// Checks the request's bearer token and answers its caller.
async fn authenticate(
    state: Option<web::Data<AppState>>,
    secret: Result<String, ApiError>,
) -> Result<Caller, ApiError> {
    let secret = secret?;
    let state =
        state.ok_or_else(|| ApiError::Internal(anyhow::anyhow!("application state missing")))?;
    let now = closeout_model::id::now();
    // The operator's token lives in the environment, not the database: it stops working when
    // the environment stops setting it.
    let operator = state
        .config
        .bootstrap_token
        .as_deref()
        .is_some_and(|chosen| token::hash(chosen.trim()) == token::hash(&secret));
    let principal = state
        .read(move |connection| {
            if operator {
                closeout_model::bootstrap::operator_principal(connection)
            } else {
                token::authenticate(connection, &secret, now)
            }
        })
        .await?
        .ok_or_else(|| ApiError::Unauthorized("the token is unknown, expired or revoked".into()))?;
    Ok(Caller::new(principal))
}

/// Middleware for `/api/v1`: authenticates every request before anything else is read, so a
/// request without a valid token gets 401 whatever its body or query, and the handler's
/// `Caller` comes from here without a second lookup. Paths in `public` (prefixes, such as a
/// calendar feed's secret address) pass without a token.
pub async fn require_caller(
    public: std::sync::Arc<Vec<String>>,
    request: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    use actix_web::HttpMessage as _;
    if public
        .iter()
        .any(|prefix| request.path().starts_with(prefix.as_str()))
    {
        return next.call(request).await.map(|r| r.map_into_boxed_body());
    }
    let secret = bearer(request.request());
    let state = request.app_data::<web::Data<AppState>>().cloned();
    match authenticate(state, secret).await {
        Ok(caller) => {
            request.extensions_mut().insert(caller);
            next.call(request).await.map(|r| r.map_into_boxed_body())
        }
        Err(error) => {
            let (request, _) = request.into_parts();
            let response = actix_web::ResponseError::error_response(&error);
            Ok(actix_web::dev::ServiceResponse::new(request, response))
        }
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Caller, ApiError>>>>;

    fn from_request(request: &HttpRequest, _payload: &mut actix_web::dev::Payload) -> Self::Future {
        use actix_web::HttpMessage as _;
        // Authenticated already by `require_caller` on every `/api/v1` route.
        if let Some(caller) = request.extensions().get::<Caller>().cloned() {
            return Box::pin(async move { Ok(caller) });
        }
        let secret = bearer(request);
        let state = request.app_data::<web::Data<AppState>>().cloned();
        Box::pin(authenticate(state, secret))
    }
}
